/** Where an admin reads and manages one account. */
export function userHref(id: string): string {
  return `/admin/users/${id}`;
}
