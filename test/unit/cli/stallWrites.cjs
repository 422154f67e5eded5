// Preloaded (`node --require`) into the bundled CLI by writes.test.ts. The first write to a file (not to standard
// output or error) writes half of its bytes, says so on standard error, and hangs, as a write to a stuck disk does:
// the test kills the process at that moment, in the middle of the write.
const fs = require('node:fs');
const writeSync = fs.writeSync;
fs.writeSync = function stalledWriteSync(fd, buffer, offset, length, ...rest) {
  if (fd > 2 && typeof buffer !== 'string') {
    writeSync.call(fs, fd, buffer, offset, Math.max(1, Math.floor(length / 2)));
    writeSync.call(fs, 2, 'form4-test: write stalled\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
  return writeSync.call(fs, fd, buffer, offset, length, ...rest);
};
