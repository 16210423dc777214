#!/usr/bin/env node
// The installed command runs the TypeScript sources through tsx, so a fresh clone needs
// no build step before `npx plansight` works.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
