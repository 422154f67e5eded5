// Prints how long `require` of the client bundle takes in a fresh Node process, with a stub for the `vscode` module
// (which only the editor provides). The stub answers every property with another stub that can also be called or
// constructed, enough for a bundle's top level; activate() is not called.
const Module = require('node:module');

function stub() {
  const target = function () {};
  return new Proxy(target, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : stub()),
    apply: () => stub(),
    construct: () => stub(),
  });
}

const vscode = stub();
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const started = process.hrtime.bigint();
const exported = require(process.argv[2]);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ requireMs: ms, activate: typeof exported.activate }));
