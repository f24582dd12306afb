import fc from 'fast-check';

// Property tests draw the same cases on every run and machine; a failure names its seed and path to replay.
fc.configureGlobal({ seed: 20251001 });
