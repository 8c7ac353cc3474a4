// A small SMTP server for the scale-out suite: it accepts every message the instances send
// (plain SMTP, as to a relay on the same machine) and writes each one, as received, to
// `<folder>/<n>.eml`, so the browser suite finds them as it finds the files a lone server
// writes, and the suite can count every message that was sent.

import { rename, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

/** Starts the server on a free port of 127.0.0.1; `close()` stops it. */
export async function startSmtpSink(folder) {
  let received = 0;
  const sockets = new Set();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.setEncoding('utf8');
    const reply = (line) => socket.write(`${line}\r\n`);
    let buffer = '';
    let data = null; // the message's lines while in DATA, else null
    let envelope = { from: '', to: [] };
    reply('220 scale-out sink ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === '.') {
            const text = data.map((l) => (l.startsWith('..') ? l.slice(1) : l)).join('\r\n') + '\r\n';
            received += 1;
            const file = path.join(folder, `${String(received).padStart(6, '0')}.eml`);
            // Written whole under a temporary name, then renamed: a reader never sees half.
            writeFile(`${file}.part`, text)
              .then(() => rename(`${file}.part`, file))
              .then(() => reply('250 2.0.0 queued'))
              .catch((error) => reply(`451 4.3.0 ${error.message}`));
            data = null;
            envelope = { from: '', to: [] };
          } else {
            data.push(line);
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') {
          socket.write('250-scale-out sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760\r\n');
        } else if (verb === 'HELO') reply('250 scale-out sink');
        else if (verb === 'MAIL') {
          envelope.from = line;
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          envelope.to.push(line);
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          if (envelope.to.length === 0) reply('503 5.5.1 no recipient');
          else {
            data = [];
            reply('354 end with <CRLF>.<CRLF>');
          }
        } else if (verb === 'RSET') {
          envelope = { from: '', to: [] };
          reply('250 2.0.0 ok');
        } else if (verb === 'NOOP') reply('250 2.0.0 ok');
        else if (verb === 'QUIT') {
          reply('221 2.0.0 bye');
          socket.end();
        } else reply('502 5.5.2 not implemented');
      }
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `smtp://127.0.0.1:${server.address().port}`,
    /** How many messages were accepted so far. */
    received: () => received,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
