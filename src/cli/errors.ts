// The CLI's errors are the model's one error model (re-exported for the commands).
export { EXIT, OutputError, StorygraphError, UsageError } from '../model/storygraph-error.js';
