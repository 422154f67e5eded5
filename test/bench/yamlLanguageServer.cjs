// Starts yaml-language-server (npm) for the peer benchmark, as its own bin does, with one change: its fixed 200 ms
// validation delay after each change (SettingsState.validationDelayMs, not a setting) is set to 0, as our server's
// debounce is for the measure, so both sides are timed for their work and not for a timer.
const settings = require('yaml-language-server/out/server/src/yamlSettings');

const Original = settings.SettingsState;
settings.SettingsState = class extends Original {
  constructor() {
    super();
    this.validationDelayMs = 0;
  }
};
process.env.YAML_LANGUAGE_SERVER_VERSION = require('yaml-language-server/package.json').version;
require('yaml-language-server/out/server/src/server.js');
