import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';

import { DraftStore } from './draft-store';

@Component({ selector: 'app-address-form', template: '' })
class AddressForm {
  readonly form = new FormGroup({ street: new FormControl(''), city: new FormControl('') });
  constructor() {
    inject(DraftStore).keep('address', this.form);
  }
}

describe('DraftStore', () => {
  afterEach(() => sessionStorage.clear());

  it('saves what was typed into a registered form and gives it back to the next one', () => {
    const first = TestBed.createComponent(AddressForm).componentInstance;
    first.form.setValue({ street: 'Calle Mayor 1', city: 'Madrid' });
    first.form.markAsDirty();
    expect(TestBed.inject(DraftStore).saveAll()).toBe(1);

    const second = TestBed.createComponent(AddressForm).componentInstance;
    expect(second.form.getRawValue()).toEqual({ street: 'Calle Mayor 1', city: 'Madrid' });
    expect(second.form.dirty).toBeTrue();
    expect(sessionStorage.getItem('portico.draft.address')).toBeNull();
  });

  it('keeps nothing for an untouched form or a destroyed one', () => {
    const fixture = TestBed.createComponent(AddressForm);
    expect(TestBed.inject(DraftStore).saveAll()).toBe(0);
    fixture.componentInstance.form.markAsDirty();
    fixture.destroy();
    expect(TestBed.inject(DraftStore).saveAll()).toBe(0);
  });
});
