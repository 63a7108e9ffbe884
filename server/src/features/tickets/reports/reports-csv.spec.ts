import { toCsv } from './reports-csv';

describe('help desk reports: CSV', () => {
  it('prefixes with an apostrophe every cell a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const csv = toCsv([
      ['name', 'value'],
      ['=HYPERLINK("http://x")', 1],
      ['+33 600 000 000', -5],
      ['-2+3', 2.5],
      ['@SUM(A1:A2)', 0],
      ['\tindented', null],
      ['\rreturn', 3],
      ['\uFF1D1+1', 4],
      ['Ventas = 3', 5],
    ]);
    expect(csv.startsWith('\uFEFF')).toBeTrue();
    expect(csv.slice(1).split('\r\n')).toEqual([
      'name,value',
      `"'=HYPERLINK(""http://x"")",1`,
      `'+33 600 000 000,-5`,
      `'-2+3,2.5`,
      `'@SUM(A1:A2),0`,
      `'\tindented,`,
      `"'\rreturn",3`,
      `'\uFF1D1+1,4`,
      'Ventas = 3,5',
      '',
    ]);
  });
});
