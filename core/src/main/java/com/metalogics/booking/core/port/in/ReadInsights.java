package com.metalogics.booking.core.port.in;

/** The admin's insights: conversion, popular times, hosts, lead sources, integration health. */
public interface ReadInsights {

  /** Throws {@code INVALID_DATE_RANGE} when the range is reversed or longer than allowed. */
  InsightsReport handle(InsightsQuery query);
}
