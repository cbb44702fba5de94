/** Polls `check` every 250 ms until it holds; fails naming `what` after `seconds`. */
export async function until(check: () => Promise<boolean>, what: string, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 4; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not within ${seconds} s`);
}
