/**
 * Terminal colours only for a person at a terminal. picocolors alone also colours output
 * when CI=true is set, which would put escape codes into files and pipes.
 */
import pc from 'picocolors';

const wanted = process.stdout.isTTY === true && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';

export const colors = pc.createColors(wanted);
