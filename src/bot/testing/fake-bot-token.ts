/** A JWT-shaped bot token for proactive sends to a loopback connector (never validated). */
export function fakeBotToken(): Promise<string> {
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return Promise.resolve(
    `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', exp })}.x`,
  );
}
