// Karma for the client's unit tests, run by Angular's unit-test builder (runner: karma).
// Chromium comes from Debian (see tools/lib/chromium.mjs); nothing is downloaded.
module.exports = function (config) {
  config.set({
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher')],
    client: { jasmine: { random: true }, clearContext: false },
    reporters: ['dots'],
    // Font files referenced by the global styles are not served to tests; their 404s are noise.
    logLevel: config.LOG_ERROR,
    browsers: ['ChromeHeadlessPortico'],
    customLaunchers: {
      ChromeHeadlessPortico: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    },
    singleRun: true,
    autoWatch: false,
    browserNoActivityTimeout: 60000,
  });
};
