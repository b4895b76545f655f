import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { signIn } from "./accounts";

test("the System page shows health and follows a provider failure as it happens", async ({
  page,
}) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "System" })
    .click();
  await expect(page.getByRole("heading", { name: "System" })).toBeVisible();
  await expect(page.getByTestId("health-Database")).toContainText("Working");
  await expect(page.getByTestId("health-Model provider")).toContainText("Reachable");
  // Requests made so far, this page's own among them.
  await expect(page.getByRole("heading", { name: "Requests per minute" })).toBeVisible();
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();

  // A model call fails upstream while the page is open: it appears without a reload.
  const headers = { Origin: new URL(page.url()).origin };
  const created = await page.request.post("/api/conversations", {
    data: { modelId: "fake/fault-500" },
    headers,
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await page.request.post(`/api/conversations/${id}/messages`, {
    data: { content: "fail, please" },
    headers,
  });
  const providerErrors = page.getByRole("region", { name: "Model provider errors" });
  await expect(providerErrors.getByRole("row", { name: /fake\/fault-500/ })).toContainText(
    "Provider error (5xx)",
    { timeout: 15_000 },
  );
  await expect(page.getByRole("region", { name: "Recent errors and warnings" })).not.toContainText(
    "Nothing went wrong",
  );
});

test("on a phone the System page fits the width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto("/admin/system");
  await expect(page.getByTestId("health-Database")).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
