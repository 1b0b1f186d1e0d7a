/**
 * What the Reflecties screen needs from the shell, in one place: the use cases' context, the
 * Outlook calendar (a `PlanningContext` when there is one), the zone meetings are planned in and the
 * link back to the tab for the agenda. The shell does not hand out a calendar yet; until
 * `ServicesConfig` carries one (see the report to the lead), `ReflectieServicesProvider` supplies
 * it, and `useReflectieServices` is the only place that changes when the shell does.
 */
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { PlanningContext, ReflectieContext } from '../../../shared/application/index.ts';
import type { BouwsteenId } from '../../../shared/content/schema.ts';
import { isSupportedTimeZone, type SupportedTimeZone } from '../../../shared/domain/reflectie/zoned.ts';
import type { ReflectieLocale } from '../../../shared/i18n/reflectie.ts';
import type { CalendarPort } from '../../../shared/ports/calendar.ts';
import type { HostUser } from '../../../shared/ports/host-context.ts';
import { parseRoute, useLinkTo, useServices, type Route } from '../../app/index.ts';

export interface ReflectieServices {
  readonly ctx: ReflectieContext;
  /** Undefined where the host has no calendar: planning is then offered with the reason it cannot. */
  readonly planning: PlanningContext | undefined;
  readonly user: HostUser;
  readonly locale: ReflectieLocale;
  /** The zone a new meeting is planned in: the device's, when Kompas supports it. */
  readonly timeZone: SupportedTimeZone;
  /** The link back to the tab that goes into the agenda. */
  readonly linkFor: (bouwsteen: BouwsteenId | undefined) => string;
}

interface Overrides {
  readonly calendar?: CalendarPort | undefined;
  readonly timeZone?: SupportedTimeZone | undefined;
}

const OverridesContext = createContext<Overrides>({});

/** Supplies the calendar (and, in tests, a fixed time zone) until the shell's services do. */
export function ReflectieServicesProvider({
  calendar,
  timeZone,
  children,
}: Overrides & { readonly children: ReactNode }) {
  const value = useMemo<Overrides>(() => ({ calendar, timeZone }), [calendar, timeZone]);
  return <OverridesContext.Provider value={value}>{children}</OverridesContext.Provider>;
}

const calendarMethods = ['canUseTeamsMeetings', 'createEvent', 'updateEvent', 'cancelEvent', 'getEvent'];

function isCalendarPort(value: unknown): value is CalendarPort {
  return (
    typeof value === 'object' &&
    value !== null &&
    calendarMethods.every((m) => typeof (value as Record<string, unknown>)[m] === 'function')
  );
}

/** `services.calendar` once the shell provides it (an optional `CalendarPort` on `ServicesConfig`). */
function shellCalendar(services: object): CalendarPort | undefined {
  const calendar: unknown = 'calendar' in services ? services.calendar : undefined;
  return isCalendarPort(calendar) ? calendar : undefined;
}

function deviceTimeZone(): SupportedTimeZone {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // The partnerships work in the Netherlands: a zone Kompas cannot plan in falls back to theirs.
  return isSupportedTimeZone(zone) ? zone : 'Europe/Amsterdam';
}

export function useReflectieServices(): ReflectieServices {
  const services = useServices();
  const overrides = useContext(OverridesContext);
  const linkTo = useLinkTo();
  const calendar = overrides.calendar ?? shellCalendar(services);
  const timeZone = overrides.timeZone ?? deviceTimeZone();
  const { ctx, host } = services;
  const linkFor = useCallback(
    (bouwsteen: BouwsteenId | undefined) => {
      // Straight to this screen once the router knows it; until then the bouwsteen's worksheets.
      const route: Route =
        parseRoute('reflecties') ??
        (bouwsteen === undefined ? { screen: 'werkbladen' } : { screen: 'werkbladen', bouwsteen });
      return linkTo(route);
    },
    [linkTo],
  );
  return useMemo(
    () => ({
      ctx,
      planning: calendar === undefined ? undefined : { ...ctx, calendar },
      user: host.user,
      locale: host.locale,
      timeZone,
      linkFor,
    }),
    [ctx, calendar, host.user, host.locale, timeZone, linkFor],
  );
}
