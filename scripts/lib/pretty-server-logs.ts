// Runs in Node (`npm start` only). The server logs JSON lines for machines; a person running the
// product locally reads them as one short line each (time, level, message, request). The server
// itself keeps logging JSON: this is a view on its stdout, and `LOG_FORMAT=json` turns it off.
import PinoPretty from 'pino-pretty';
import type { Readable } from 'node:stream';

export function prettyServerLogs(serverStdout: Readable): void {
  if (process.env.LOG_FORMAT === 'json') {
    serverStdout.pipe(process.stdout);
    return;
  }
  const pretty = PinoPretty({
    colorize: Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    singleLine: true,
    ignore: 'pid,hostname,reqId,req,res,responseTime',
    messageFormat: '{msg}{if req.method} {req.method} {req.url}{end}{if res.statusCode} → {res.statusCode}{end}',
    destination: 1,
  });
  serverStdout.pipe(pretty);
}
