import type { Page } from "@playwright/test";

export interface ShownNotification {
  title: string;
  body: string;
}

interface Watched {
  shownNotifications: ShownNotification[];
  tabState: { hidden: boolean };
}

/**
 * Stands in for the browser's notifications (allowed) and the tab's
 * visibility, from the next page load on, so a test can hide the tab and
 * read what was shown.
 */
export async function watchNotifications(page: Page) {
  await page.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    const state = { hidden: false };
    Object.assign(window, { shownNotifications: shown, tabState: state });
    class FakeNotification {
      static permission = "granted";
      static requestPermission = async () => "granted";
      onclick: (() => void) | null = null;
      constructor(title: string, options: { body?: string } = {}) {
        shown.push({ title, body: options.body ?? "" });
      }
      close() {}
    }
    Object.defineProperty(window, "Notification", { value: FakeNotification });
    Object.defineProperty(document, "visibilityState", {
      get: () => (state.hidden ? "hidden" : "visible"),
    });
  });
  return {
    setHidden: (hidden: boolean) =>
      page.evaluate((value) => {
        (window as unknown as Watched).tabState.hidden = value;
      }, hidden),
    shown: () => page.evaluate(() => (window as unknown as Watched).shownNotifications),
  };
}
