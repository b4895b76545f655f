import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** In place of the password form for an account made by single sign-on, which has none to change. */
export function SsoPasswordNote() {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Password</CardTitle>
        <CardDescription>
          You sign in with single sign-on, so this account has no password of its own.
        </CardDescription>
      </CardHeader>
    </Card>
  );
}
