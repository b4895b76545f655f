import admin from "./admin.json";
import apiDocs from "./apiDocs.json";
import arena from "./arena.json";
import auth from "./auth.json";
import chat from "./chat.json";
import common from "./common.json";
import configs from "./configs.json";
import conversations from "./conversations.json";
import gallery from "./gallery.json";
import images from "./images.json";
import imports from "./imports.json";
import layout from "./layout.json";
import settings from "./settings.json";
import shares from "./shares.json";
import templates from "./templates.json";
import uploads from "./uploads.json";
import usage from "./usage.json";

/** The interface's text in English, the source every other language falls back to, one file per area. */
export default {
  common,
  layout,
  auth,
  settings,
  chat,
  uploads,
  usage,
  conversations,
  shares,
  imports,
  gallery,
  configs,
  templates,
  apiDocs,
  arena,
  images,
  admin,
};
