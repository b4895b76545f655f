import type { Metadata } from "next";
import { RegisterForm } from "@/components/auth/register-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "Create account" };

export default function RegisterPage() {
  return (
    <Card className="shadow-lg shadow-black/[0.03]">
      <CardHeader className="space-y-2 text-center">
        <CardTitle asChild className="text-xl">
          <h1>Create your account</h1>
        </CardTitle>
        <CardDescription>One account for every model your team runs.</CardDescription>
      </CardHeader>
      <CardContent>
        <RegisterForm />
      </CardContent>
    </Card>
  );
}
