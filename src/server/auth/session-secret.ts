import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Encrypts the personal API keys that sessions hold, with a key derived from SESSION_SECRET (AES-256-GCM:
 * a changed byte fails to decrypt rather than giving another key). The session's id hash is the
 * authenticated data, so a ciphertext copied onto another session's row does not decrypt there.
 */
export interface SessionSecret {
  /** Names the secret without revealing it: rows sealed with another secret are dropped at start. */
  fingerprint: string;
  seal(plain: string, boundTo: string): string;
  /** undefined when the text was sealed with another secret, for another row, or changed. */
  open(sealed: string, boundTo: string): string | undefined;
}

export const MIN_SESSION_SECRET_LENGTH = 32;

export function sessionSecret(secret: string): SessionSecret {
  const key = createHmac('sha256', secret).update('experiment-console session key v1').digest();
  const fingerprint = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return {
    fingerprint,
    seal(plain, boundTo) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(boundTo));
      const text = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), text].map(encode).join('.');
    },
    open(sealed, boundTo) {
      const [version, iv, tag, text] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || text === undefined) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
          .setAAD(Buffer.from(boundTo))
          .setAuthTag(Buffer.from(tag, 'base64url'));
        const plain = Buffer.concat([
          decipher.update(Buffer.from(text, 'base64url')),
          decipher.final(),
        ]);
        return plain.toString('utf8');
      } catch {
        return undefined;
      }
    },
  };
}

const encode = (part: string | Buffer) =>
  typeof part === 'string' ? part : part.toString('base64url');
