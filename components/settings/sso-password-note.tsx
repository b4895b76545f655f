import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** In place of the email and password forms for an account made by single sign-on, which has no password to confirm them with. */
export function SsoPasswordNote() {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Email and password</CardTitle>
        <CardDescription>
          You sign in with single sign-on, so this account has no password of its own, and its email
          is the one your identity provider gave when you first signed in.
        </CardDescription>
      </CardHeader>
    </Card>
  );
}
