/** Bokmål texts of consultations (høringer). */
export const consultationsNb = {
  'entity.consultation': 'høringen',
  'audit.action.consultations.registerConsultation': 'Høring registrert',
  'audit.action.consultations.setConsultationStatus': 'Høringens status endret',
  'consultations.deadlineBeforeReceived': 'Fristen kan ikke være før høringen ble mottatt.',
  'consultations.alreadySubmitted': 'Høringssvaret er sendt og kan bare rettes (vedtatt eller sendt).',
  'consultations.reasonRequired': 'Skriv hvorfor høringen ikke besvares.',
  'consultations.caseRequired': 'Velg saken der høringssvaret ble vedtatt.',
  'nav.consultations': 'Høringer',
} as const;
