#!/usr/bin/env node
// Entry only. The shim must load before google-gax reads __dirname.
import './dirname-shim.js';
import { main } from './main.js';

void main(process.argv.slice(2));
