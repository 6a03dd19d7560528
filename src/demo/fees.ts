import { setFeeDecision } from '../domain/fees/set-fee-decision';
import type { Ctx } from '../kernel/ctx';
import type { DemoMeetings } from './meetings';

/**
 * The council's fee for 2020 (sak 1/19 of 9 May 2019): per inhabitant on 1 January 2019. The rate
 * is not in the public sources; kr 2,50 with a floor of kr 5 000 and a cap of kr 1 000 000 is the
 * demo's own.
 */
export async function loadFees(ctx: Ctx, meetings: DemoMeetings) {
  await setFeeDecision({
    ctx,
    input: {
      year: 2020,
      version: 0,
      rate: '2,50',
      referenceDate: '2019-01-01',
      floor: '5 000',
      cap: '1 000 000',
      rounding: 'krone',
      caseId: meetings.fee.caseId,
      notes:
        'Satsen er ikke offentlig i kildene; kr 2,50 per innbygger, gulv kr 5 000 og tak kr 1 000 000 er demoens egne tall.',
    },
  });
}
