package main

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"log/slog"
	"net"
	"sync"
)

// The wire protocol's message header is four little-endian int32s:
// messageLength, requestID, responseTo, opCode.
const (
	headerSize     = 16
	maxMessageSize = 48 * 1024 * 1024
	opQuery        = 2004
	opMsg          = 2013
	// OP_MSG flagBits.
	flagChecksumPresent = 1 << 0
	flagMoreToCome      = 1 << 1
)

// Commands that only describe the server: they never wait behind a write,
// so the driver's monitoring and the app's health check answer at once.
var monitoringCommands = map[string]bool{
	"hello": true, "isMaster": true, "ismaster": true,
	"ping": true, "buildInfo": true, "buildinfo": true,
}

// serialProxy lets one request at a time through to FerretDB, across every
// client connection. FerretDB's SQLite backend applies an update by reading
// the document and writing it back without a lock, so two clients' $inc at
// once can lose one, and two conditional updates can both match. One
// process can queue its own writes (a pool of one connection); several app
// processes on one database cannot, so the queue lives here. Each client
// connection keeps its own backend connection: cursors and sessions stay
// where they were opened.
type serialProxy struct {
	backend string
	logger  *slog.Logger
	turn    sync.Mutex
}

func (p *serialProxy) serve(ctx context.Context, listener net.Listener) {
	var conns sync.WaitGroup
	go func() {
		<-ctx.Done()
		listener.Close()
	}()
	for {
		client, err := listener.Accept()
		if err != nil {
			if ctx.Err() == nil {
				p.logger.Error("proxy stopped accepting", "error", err)
			}
			break
		}
		conns.Add(1)
		go func() {
			defer conns.Done()
			p.relay(ctx, client)
		}()
	}
	conns.Wait()
}

func (p *serialProxy) relay(ctx context.Context, client net.Conn) {
	defer client.Close()
	server, err := net.Dial("tcp", p.backend)
	if err != nil {
		p.logger.Error("proxy could not reach the database", "error", err)
		return
	}
	defer server.Close()
	stop := context.AfterFunc(ctx, func() {
		client.Close()
		server.Close()
	})
	defer stop()

	for {
		request, err := readMessage(client)
		if err != nil {
			return
		}
		if err := p.exchange(request, client, server); err != nil {
			return
		}
	}
}

// exchange forwards one request and its replies, holding the turn unless
// the request only asks about the server.
func (p *serialProxy) exchange(request []byte, client, server net.Conn) error {
	if needsTurn(request) {
		p.turn.Lock()
		defer p.turn.Unlock()
	}
	if _, err := server.Write(request); err != nil {
		return err
	}
	if !expectsReply(request) {
		return nil
	}
	// An exhaust cursor answers with several replies, each flagged
	// moreToCome but the last.
	for {
		reply, err := readMessage(server)
		if err != nil {
			return err
		}
		if _, err := client.Write(reply); err != nil {
			return err
		}
		if opCode(reply) != opMsg || msgFlags(reply)&flagMoreToCome == 0 {
			return nil
		}
	}
}

func readMessage(r io.Reader) ([]byte, error) {
	var header [headerSize]byte
	if _, err := io.ReadFull(r, header[:]); err != nil {
		return nil, err
	}
	size := int(int32(binary.LittleEndian.Uint32(header[:4])))
	if size < headerSize || size > maxMessageSize {
		return nil, errors.New("invalid message length")
	}
	message := make([]byte, size)
	copy(message, header[:])
	if _, err := io.ReadFull(r, message[headerSize:]); err != nil {
		return nil, err
	}
	return message, nil
}

func opCode(message []byte) int32 {
	return int32(binary.LittleEndian.Uint32(message[12:16]))
}

func msgFlags(message []byte) uint32 {
	if len(message) < headerSize+4 {
		return 0
	}
	return binary.LittleEndian.Uint32(message[headerSize : headerSize+4])
}

// A client's OP_MSG flagged moreToCome gets no reply; every other request does.
func expectsReply(request []byte) bool {
	return opCode(request) != opMsg || msgFlags(request)&flagMoreToCome == 0
}

// needsTurn is false for the legacy OP_QUERY handshake and for monitoring
// commands; everything else queues.
func needsTurn(request []byte) bool {
	switch opCode(request) {
	case opQuery:
		return false
	case opMsg:
		return !monitoringCommands[commandName(request)]
	default:
		return true
	}
}

// commandName is the first key of an OP_MSG's body section (kind 0), or ""
// when the message cannot be read that far.
func commandName(message []byte) string {
	end := len(message)
	if msgFlags(message)&flagChecksumPresent != 0 {
		end -= 4
	}
	pos := headerSize + 4
	for pos < end {
		kind := message[pos]
		pos++
		if pos+4 > end {
			return ""
		}
		size := int(int32(binary.LittleEndian.Uint32(message[pos : pos+4])))
		if kind == 0 {
			// The document's length, then its first element: a type byte and a C string.
			nameStart := pos + 5
			for i := nameStart; i < end && i < pos+size; i++ {
				if message[i] == 0 {
					return string(message[nameStart:i])
				}
			}
			return ""
		}
		if size < 4 {
			return ""
		}
		pos += size
	}
	return ""
}
