function login(user: User, token: string, config: Config, maxTokens: number): void {
  // ruleid: JS504
  console.log(`login ${user.email} token=${token}`);
  // ruleid: JS504
  logger.debug("config", config.apiKey);
  // ruleid: JS504
  console.error("bad password", user.password);
  // ok: JS504
  console.log(`login ${user.email}`);
  // ok: JS504
  console.log("token length", token.length);
  // ok: JS504
  console.log("budget", maxTokens);
  // ok: JS504
  logger.info({ hasToken: Boolean(token) });
}
