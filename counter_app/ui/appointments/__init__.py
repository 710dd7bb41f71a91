"""Appointments (预约服务): the day's slots and bookings, the booking dialog, opening slots."""
