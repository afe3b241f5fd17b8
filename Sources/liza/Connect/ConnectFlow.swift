import Foundation
import TUIKit
import LizaAPI
import LizaLoopback
import OrderedJSON

/// One run of the connect flow for the CLI: start the connect, show the URL, and finish it the
/// way `ConnectCommand.Mode` says. Returns the finalized connection (nil when it was left for
/// later).
struct ConnectFlow: Sendable {
    let client: LizaClient
    let console: Console
    let settings: ResolvedSettings
    let environment: [String: String]
    let json: Bool
    let qr: Bool
    let timeout: Duration
    /// The loopback listener; a seam so the same flow runs over any `RedirectListening`.
    var startListener: RedirectListenerStarter = { try await LoopbackRedirectListener.start() }

    func run(_ request: ConnectRequest, mode: ConnectCommand.Mode) async throws -> Connection? {
        var request = request
        var listener: (any RedirectListening)?
        if mode == .listen {
            do {
                let started = try await startListener()
                listener = started
                request.redirectURL = started.redirectURL
            } catch {
                console.warn("could not listen on 127.0.0.1 for the browser (\(error)); paste the address instead")
            }
        }
        let response: ConnectResponse
        do {
            response = try await client.connect(request)
        } catch {
            await listener?.close()
            throw error
        }
        show(response, request: request, finishing: mode == .printOnly ? .printOnly : listener == nil ? .paste : .listen)
        let expected = RedirectExpectation(connectionID: response.connectionID, authorizationURL: response.url)
        switch mode {
        case .printOnly:
            return nil
        case .listen:
            if let listener { return try await waitForBrowser(listener, expected: expected) }
            return try await askForAddress(expected: expected)
        case .paste:
            return try await askForAddress(expected: expected)
        }
    }

    // MARK: Showing the URL

    func show(_ response: ConnectResponse, request: ConnectRequest, finishing mode: ConnectCommand.Mode) {
        let id = TerminalText.cell(response.connectionID)
        if json {
            // Several documents may follow each other, so each is one NDJSON line.
            JSONOutput.printLine(response.raw, console: console)
        } else if console.stdoutIsTTY {
            let links = OSC8Link.enabled(isTTY: true, environment: environment, configured: settings.hyperlinks)
            console.line("Open this URL in a browser and approve access to \(TerminalText.cell(request.integrationType)):")
            console.line(OSC8Link.render(response.url, enabled: links))
            if mode == .printOnly {
                console.line(console.dim("Then finalize the connection with: liza callback \(id)"))
            }
        } else {
            console.line(OSC8Link.sanitizedURL(response.url))
            console.line(id)
        }
        if qr { printQR(response.url) }
    }

    /// The QR code of the URL: on stdout, or on stderr when stdout carries JSON.
    func printQR(_ url: String) {
        let fd = json ? STDERR_FILENO : STDOUT_FILENO
        switch QRPrinter.lines(for: OSC8Link.sanitizedURL(url), utf8: RemoteSession.isUTF8(environment)) {
        case .success(let lines):
            Console.emit(lines.joined(separator: "\n") + "\n", to: fd)
        case .failure(let reason):
            console.warn("no QR code: \(reason.message)")
        }
    }

    // MARK: Loopback

    func waitForBrowser(_ listener: any RedirectListening, expected: RedirectExpectation) async throws -> Connection? {
        let id = TerminalText.cell(expected.connectionID)
        // Armed before the prompt appears, so a ctrl-c right after it is never lost.
        let trap = InterruptTrap()
        defer { trap.release() }
        let spinner = console.stderrIsTTY ? WaitSpinner("waiting for the browser… (Ctrl-C stops waiting; the connection stays pending)") : nil
        let client = self.client, timeout = self.timeout
        let result: (RedirectOutcome?, interrupted: Bool)
        do {
            result = try await trap.run {
                do {
                    return try await listener.awaitCompletion(expected, timeout: timeout) { arrival in
                        await client.finalize(arrival, connectionID: expected.connectionID)
                    }
                } catch {
                    return nil
                }
            }
        } catch {
            await spinner?.stop()
            throw error
        }
        await spinner?.stop()
        await listener.close()
        if result.interrupted {
            throw CLIFailure("stopped waiting; connection \(id) is still pending — after approving in the browser, finish it with: liza callback \(id)",
                             exitCode: ExitStatus.interrupted)
        }
        guard let outcome = result.0 else {
            throw CLIFailure("the browser did not come back in time; connection \(id) is still pending — finish it with: liza callback \(id)",
                             exitCode: ExitStatus.apiError)
        }
        return try report(outcome, id: id)
    }

    // MARK: Paste

    /// Asks for the address the browser ended on (or Enter), reads `id`/`error` from it and
    /// finalizes. A mismatched address is refused; on a terminal the question is asked again.
    func askForAddress(expected: RedirectExpectation) async throws -> Connection? {
        let id = TerminalText.cell(expected.connectionID)
        while true {
            if console.stdinIsTTY {
                Console.emit("Paste the address your browser ended on (or press enter to finalize): ", to: STDERR_FILENO)
            }
            // The end of input counts as Enter (scripts that close stdin after approving).
            let line = readLine(strippingNewline: true) ?? ""
            switch RedirectArrival.read(pasted: line, expected: expected) {
            case .failure(let refusal):
                let message = "refused: \(TerminalText.cell(refusal.reason))"
                guard console.stdinIsTTY else { throw CLIFailure(message + "; connection \(id) is still pending", exitCode: ExitStatus.apiError) }
                console.err("liza: \(message)")
            case .success(let arrival):
                return try report(await client.finalize(arrival, connectionID: expected.connectionID), id: id)
            }
        }
    }

    // MARK: Result

    func report(_ outcome: RedirectOutcome, id: String) throws -> Connection? {
        switch outcome {
        case .connected(let result):
            if json {
                JSONOutput.printLine(result.raw, console: console)
            } else if let connection = result.connection {
                if console.stdoutIsTTY { console.line("Connected.") }
                ConnectionDetails.print(connection, console: console)
            } else {
                JSONOutput.print(result.raw, console: console)
            }
            return result.connection
        case .denied(let error):
            throw CLIFailure("authorization was denied (\(TerminalText.cell(error))); connection \(id) was not connected", exitCode: ExitStatus.apiError)
        case .failed(let error):
            throw error
        }
    }
}
