// Runs in Node (bench), as its own process: an SMTP server that accepts and counts messages, so
// the sink's work never shares the load generator's event loop (started by spawn-smtp-sink.ts).
// Port from SINK_PORT; answers {count} to any IPC message.
import { SMTPServer } from 'smtp-server';

let count = 0;
const server = new SMTPServer({
  authOptional: true, disabledCommands: ['STARTTLS'], logger: false, closeTimeout: 100,
  onData(stream, _session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => { count += 1; callback(); });
  },
});
server.listen(Number(process.env.SINK_PORT), '127.0.0.1', () => process.send?.({ ready: true }));
process.on('message', () => process.send?.({ count }));
process.on('disconnect', () => server.close(() => process.exit(0)));
