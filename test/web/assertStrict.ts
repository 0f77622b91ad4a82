// `node:assert/strict` for the suites bundled for the browser: the npm port of Node's assert.
import { strict } from 'assert';

export = strict;
