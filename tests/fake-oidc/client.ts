/** The client the app is registered as with the fake identity provider (which accepts any). */
export const FAKE_OIDC_CLIENT = { id: "uni-chat-test", secret: "uni-chat-test-secret" };
