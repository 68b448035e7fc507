/*
 * Strict check of an ICS file with libical (the library behind Evolution and many servers):
 * parses stdin, applies libical's iTIP restriction table for the calendar's METHOD, and reports
 * every X-LIC-ERROR it finds. Prints the UTC epoch of each VEVENT's DTSTART as libical computes
 * it from the file's own VTIMEZONE. Exit code: 0 clean, 1 errors found, 2 unreadable.
 * Built and run by libical.test.ts when libical-dev is installed.
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

static char *read_all(FILE *input) {
  size_t size = 0, capacity = 65536;
  char *buffer = malloc(capacity);
  size_t got;
  while (buffer && (got = fread(buffer + size, 1, capacity - size - 1, input)) > 0) {
    size += got;
    if (capacity - size < 2) buffer = realloc(buffer, capacity *= 2);
  }
  if (buffer) buffer[size] = '\0';
  return buffer;
}

static int report_errors(icalcomponent *component) {
  int errors = 0;
  for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
       p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
    printf("ERROR %s: %s\n", icalcomponent_kind_to_string(icalcomponent_isa(component)), icalproperty_get_xlicerror(p));
    errors++;
  }
  for (icalcomponent *c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
       c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
    errors += report_errors(c);
  }
  return errors;
}

int main(void) {
  char *text = read_all(stdin);
  icalcomponent *root = text ? icalparser_parse_string(text) : NULL;
  if (!root || icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT) {
    printf("ERROR not a VCALENDAR\n");
    return 2;
  }
  icalrestriction_check(root);
  int errors = report_errors(root);
  for (icalcomponent *event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); event;
       event = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
    struct icaltimetype start = icalcomponent_get_dtstart(event);
    printf("DTSTART %s %ld\n", icalcomponent_get_uid(event), (long)icaltime_as_timet_with_zone(start, icaltime_get_timezone(start)));
  }
  icalcomponent_free(root);
  free(text);
  return errors > 0 ? 1 : 0;
}
