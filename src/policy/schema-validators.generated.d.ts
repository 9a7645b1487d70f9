// Types of the validators scripts/schema-validators.mjs generates (Ajv standalone code).
import type { ValidateFunction } from 'ajv';

export declare const policy: ValidateFunction;
export declare const analysis: ValidateFunction;
