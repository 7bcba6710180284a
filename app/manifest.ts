import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): the name and icons a phone uses when the site is added to its home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Pledge Tracker",
    short_name: "Pledges",
    description: "How far each public international commitment has come, with the evidence.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b5cad",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
