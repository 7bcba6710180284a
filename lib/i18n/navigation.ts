import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Locale-aware `Link`, `redirect` and friends for the signed-in screens; public pages use plain links (localizePath). */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
