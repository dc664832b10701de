/** The signed-in session, kept for the browser tab only (sessionStorage): closing the tab signs out. */
const KEY = "khuyencong.token";

export const session = {
  token(): string | null {
    return sessionStorage.getItem(KEY);
  },
  set(token: string): void {
    sessionStorage.setItem(KEY, token);
  },
  clear(): void {
    sessionStorage.removeItem(KEY);
  },
};
