// The zod enums of the model's vocabularies. The tables themselves (factuality.ts,
// node-types.ts, relation-types.ts, speech-acts.ts, voices.ts) stay free of zod so that the
// CLI's choices load cheaply.
import { z } from 'zod';
import { FACTUALITY_VALUES } from './factuality.js';
import { NODE_TYPE_NAMES } from './node-types.js';
import { RELATION_TYPE_NAMES } from './relation-types.js';
import { SPEECH_ACT_VALUES } from './speech-acts.js';
import { VOICE_VALUES } from './voices.js';

export const FactualitySchema = z.enum(FACTUALITY_VALUES);
export const NodeTypeSchema = z.enum(NODE_TYPE_NAMES);
export const RelationTypeSchema = z.enum(RELATION_TYPE_NAMES);
export const SpeechActSchema = z.enum(SPEECH_ACT_VALUES);
export const VoiceSchema = z.enum(VOICE_VALUES);
