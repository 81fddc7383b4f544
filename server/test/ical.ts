import { execFileSync } from 'node:child_process';

/** Parses a feed with ical.js in a process of the given time zone: each event's UTC instants. */
export function parseIcalIn(
  tz: string,
  ics: string,
): Array<{
  uid: string;
  start: string;
  end: string;
  status: string;
  seq: number;
  summary: string;
  location: string | null;
  description: string | null;
}> {
  const script = `
    import ICAL from 'ical.js';
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    const cal = new ICAL.Component(ICAL.parse(text));
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const out = cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return { uid: e.uid, start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString(),
        status: v.getFirstPropertyValue('status'), seq: e.sequence, summary: e.summary,
        location: e.location, description: e.description };
    });
    process.stdout.write(JSON.stringify(out));`;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    input: ics,
    env: { ...process.env, TZ: tz },
    cwd: process.cwd(),
  });
  return JSON.parse(stdout.toString());
}
