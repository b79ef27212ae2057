// A certificate authority made for one test run, and a server certificate it signs for 127.0.0.1
// and localhost: loopback stand-ins can then serve https that a spawned bot trusts through
// NODE_EXTRA_CA_CERTS, as it would trust a real cloud's certificates.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestCertificates {
  /** PEM file of the CA, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  /** PEM key and certificate of the loopback server. */
  readonly key: string;
  readonly cert: string;
}

const openssl = (args: string[], cwd: string): void => {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], timeout: 30_000 });
};

/** Generates a fresh CA and a loopback server certificate (valid one day) with the system's openssl. */
export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mgi-test-ca-'));
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=mgi-bot test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1'], dir);
  writeFileSync(path.join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n');
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '1', '-extfile', 'server.ext'], dir);
  return { caFile: path.join(dir, 'ca.pem'), key: readFileSync(path.join(dir, 'server.key'), 'utf8'), cert: readFileSync(path.join(dir, 'server.pem'), 'utf8') };
}
