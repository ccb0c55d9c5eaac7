import Foundation
import Testing
@testable import TerminalKit

private enum CounterMsg: Sendable { case increment, key(Key), loaded(Int), quit, tick }
private enum CounterCmd { case load }

private struct Counter {
    var count = 0
    var quit = false
    var ticks = 0
    var keys: [Key] = []
}

private func makeProgram(_ backend: TestBackend, tick: (() -> CounterMsg?)? = nil) -> Program<Counter, CounterMsg, CounterCmd> {
    Program(
        backend: backend, model: Counter(),
        update: { model, msg in
            switch msg {
            case .increment: model.count += 1
            case .key(let k):
                model.keys.append(k)
                if k == .char("q") { model.quit = true }
                if k == .char("+") { model.count += 1 }
                if k == .char("l") { return [.load] }
            case .loaded(let n): model.count = n
            case .quit: model.quit = true
            case .tick: model.ticks += 1
            }
            return []
        },
        view: { model, size in
            var b = Buffer(size: size)
            b.put("Teller:", x: 0, y: 0)
            b.put(String(model.count % 10), x: 8, y: 0)
            b.put("Dugnad", x: 0, y: size.height - 1)
            return b
        },
        keyToMsg: { .key($0) },
        perform: { cmd, send in
            switch cmd {
            case .load: send(.loaded(42))
            }
        },
        shouldQuit: { $0.quit },
        tick: tick)
}

@Suite struct ProgramTests {
    @Test func stepSendsOnlyTheChangedCell() {
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let program = makeProgram(backend)
        program.step(.increment)
        #expect(backend.bytesApplied == 80 * 24)  // first frame: everything
        #expect(backend.screen.line(0) == "Teller: 1")
        program.step(.increment)
        #expect(backend.lastRuns == [BufferDiff.Run(x: 8, y: 0, cells: [Cell(grapheme: "2")])])
        #expect(backend.bytesApplied == 80 * 24 + 1)
        let presents = backend.presentCount
        program.step(.loaded(2))  // same screen: nothing sent, nothing presented
        #expect(backend.presentCount == presents)
    }

    @Test func commandsAreStepPerformedAndTheirMessagesHandled() {
        let backend = TestBackend(size: Size(width: 20, height: 3))
        let program = makeProgram(backend)
        program.step(.key(.char("l")))
        #expect(program.model.count == 42)
        #expect(backend.screen.line(0) == "Teller: 2")
    }

    @Test func runHandlesKeysUntilQuit() {
        let backend = TestBackend(size: Size(width: 20, height: 3))
        backend.queuedKeys = [.char("+"), .char("+"), .ctrl("l"), .char("+"), .char("q")]
        let program = makeProgram(backend)
        program.minFrameInterval = .zero
        program.run()
        #expect(program.model.count == 3)
        #expect(program.model.keys == [.char("+"), .char("+"), .char("+"), .char("q")])  // Ctrl-L is the loop's
        #expect(backend.fullRedrawCount == 1)
        #expect(backend.screen.line(0) == "Teller: 3")
    }

    @Test func resizeRepaintsEverything() {
        let backend = TestBackend(size: Size(width: 20, height: 3))
        let program = makeProgram(backend)
        program.step(.increment)
        backend.resize(to: Size(width: 30, height: 5))
        program.step(key: backend.readKey(timeoutMs: 0)!)
        #expect(backend.fullRedrawCount == 1)
        #expect(backend.lastRuns.count == 5)
        #expect(backend.screen.line(4) == "Dugnad")
    }

    @Test func sendFromAnotherThreadReachesTheLoop() async {
        let backend = TestBackend(size: Size(width: 20, height: 3))
        let program = makeProgram(backend, tick: { .tick })
        program.tickInterval = .milliseconds(1)
        program.keyTimeoutMs = 1
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                program.send(.increment)
                program.send(.quit)
                done.resume()
            }
        }
        program.run()
        #expect(program.model.count == 1)
    }

    @Test func terminationRequestStopsTheLoop() {
        let backend = TestBackend(size: Size(width: 20, height: 3))
        backend.terminationRequested = true
        let program = makeProgram(backend)
        program.run()
        #expect(!program.model.quit)
    }
}
