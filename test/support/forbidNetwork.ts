/**
 * Preloaded (`node -r`) into a process under test: every way out to the network records
 * the attempt in $CXROADMAP_NETWORK_LOG and fails. Pipes on standard input and output
 * (the LSP transport) never call these.
 */
import { appendFileSync } from 'node:fs';
// Default imports: the modules' own export objects, whose functions can be replaced.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const logFile = process.env.CXROADMAP_NETWORK_LOG;

function forbidden(what: string): never {
  if (logFile) appendFileSync(logFile, `${what}\n`);
  throw new Error(`network access is forbidden in this test: ${what}`);
}

function patch(target: object, name: string, what: string): void {
  Object.defineProperty(target, name, { value: () => forbidden(what), configurable: true, writable: true });
}

patch(net.Socket.prototype, 'connect', 'net.Socket#connect');
patch(net, 'connect', 'net.connect');
patch(net, 'createConnection', 'net.createConnection');
patch(tls, 'connect', 'tls.connect');
patch(http, 'request', 'http.request');
patch(http, 'get', 'http.get');
patch(https, 'request', 'https.request');
patch(https, 'get', 'https.get');
patch(dgram, 'createSocket', 'dgram.createSocket');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) patch(dns, name, `dns.${name}`);
patch(dns.promises, 'lookup', 'dns.promises.lookup');
patch(globalThis, 'fetch', 'fetch');
