"use client";

import { useEffect } from "react";

/**
 * Lets the embedding page size the iframe to its content: the child half of @open-iframe-resizer/core, loaded only
 * when the page is framed (importing it starts its message listener).
 */
export function ResizerChild() {
  useEffect(() => {
    if (window.parent !== window) void import("@open-iframe-resizer/core");
  }, []);
  return null;
}
