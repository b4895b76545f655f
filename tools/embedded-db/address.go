package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
)

// listen binds the address clients use. An explicit -addr must be had
// (a supervisor restarting the server keeps its clients' address, and
// retries if it is still taken); otherwise the address of the folder's last
// run is tried first, so an app or a tool that remembers it finds the
// server again, then any free loopback port. The address bound is
// remembered for the next run.
func listen(dataDir, addr string) (net.Listener, error) {
	remembered := filepath.Join(dataDir, "embedded-db.addr")
	var listener net.Listener
	var err error
	if addr != "" {
		listener, err = net.Listen("tcp", addr)
	} else {
		if last, readErr := os.ReadFile(remembered); readErr == nil {
			listener, err = net.Listen("tcp", strings.TrimSpace(string(last)))
		}
		if listener == nil {
			listener, err = net.Listen("tcp", "127.0.0.1:0")
		}
	}
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(remembered, []byte(listener.Addr().String()+"\n"), 0o600); err != nil {
		listener.Close()
		return nil, err
	}
	return listener, nil
}
