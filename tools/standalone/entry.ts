// What the Docker image runs: the app's own server.ts, from Next's standalone
// folder. The order matters: the folder's setup runs before the server.
import "./prepare";
import "../../server";
