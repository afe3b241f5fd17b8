import LizaApp
import Testing

@Suite struct ProgressThrottleTests {
    @Test func firstReportThenOnePerInterval() {
        let throttle = ProgressThrottle(interval: .milliseconds(100))
        let start = ContinuousClock.now
        #expect(throttle.due(now: start))
        #expect(throttle.due(now: start + .milliseconds(10)) == false)
        #expect(throttle.due(now: start + .milliseconds(99)) == false)
        #expect(throttle.due(now: start + .milliseconds(100)))
        #expect(throttle.due(now: start + .milliseconds(150)) == false)
        #expect(throttle.due(now: start + .milliseconds(201)))
    }
}
