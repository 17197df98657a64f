import { X509Certificate, createPrivateKey } from 'node:crypto';

/** What MSAL's clientCertificate needs, read from one PEM file. */
export interface CertificateCredential { privateKey: string; thumbprintSha256: string; x5c: string }

const PRIVATE_KEY = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/;
const CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

/**
 * Reads an app registration's certificate credential from a PEM holding the private key and the certificate
 * (`cat key.pem cert.pem`), as Entra expects it: the SHA-256 thumbprint is the certificate's, hex. Never throws;
 * messages never include the key.
 */
export function readCertificatePem(pem: string): CertificateCredential | { error: string } {
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(pem)) return { error: 'The private key is encrypted: export it without a passphrase (openssl pkcs8 -nocrypt) and keep the file somewhere safe.' };
  const privateKey = PRIVATE_KEY.exec(pem)?.[0];
  const certificate = CERTIFICATE.exec(pem)?.[0];
  if (!privateKey) return { error: 'The PEM file holds no private key (-----BEGIN PRIVATE KEY-----).' };
  if (!certificate) return { error: 'The PEM file holds no certificate (-----BEGIN CERTIFICATE-----).' };
  try {
    const x509 = new X509Certificate(certificate);
    if (!x509.checkPrivateKey(createPrivateKey(privateKey))) return { error: 'The private key does not belong to the certificate in the same file.' };
    return { privateKey, thumbprintSha256: x509.fingerprint256.replace(/:/g, '').toLowerCase(), x5c: certificate };
  } catch {
    return { error: 'The PEM file could not be read as a private key and an X.509 certificate.' };
  }
}
