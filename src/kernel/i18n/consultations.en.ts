import type { consultationsNb } from './consultations.nb';

/** English texts of consultations. */
export const consultationsEn: Record<keyof typeof consultationsNb, string> = {
  'entity.consultation': 'the consultation',
  'audit.action.consultations.registerConsultation': 'Consultation registered',
  'audit.action.consultations.setConsultationStatus': 'Consultation status changed',
  'consultations.deadlineBeforeReceived': 'The deadline cannot be before the consultation was received.',
  'consultations.alreadySubmitted':
    'The response has been submitted and can only be corrected (adopted or submitted).',
  'consultations.reasonRequired': 'Say why the consultation is not answered.',
  'consultations.caseRequired': 'Choose the case in which the response was adopted.',
  'nav.consultations': 'Consultations',
};
