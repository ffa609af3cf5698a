// graphology's own serialized JSON, sorted: the contract the other formats and the web rely on.
import { graphToJson } from '../graph/serialize.js';
import type { Exporter } from './exporter.js';

export const exporter: Exporter = { export: graphToJson };
