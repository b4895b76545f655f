import type { AdminUserDetailDto } from "@/lib/admin/dto";

/** What every user-action dialog receives from the action bar. */
export interface UserDialogProps {
  user: AdminUserDetailDto;
  /** How the dialog names the user: the display name, or the email without one. */
  name: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}
